package org.pattoo.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options every benchmark takes: where the server is, the files holding its tokens (files, so
 * no token shows in a process list or a log), help, and {@code --check}.
 */
public final class ServerOptions {

  @Option(
      names = "--url",
      paramLabel = "URL",
      converter = ServerOptions.BaseUrl.class,
      description = "server base URL (default: ${DEFAULT-VALUE})")
  private String url = "http://localhost:8080/pattoo";

  @Option(
      names = "--agent-token-file",
      paramLabel = "FILE",
      description =
          "agent token to post data with (default: none, which a server open to loopback agents"
              + " takes)")
  private Path agentTokenFile;

  @Option(
      names = "--api-token-file",
      paramLabel = "FILE",
      required = true,
      description = "read-only API token, for GraphQL reads and the server's /metrics")
  private Path apiTokenFile;

  @Option(
      names = "--check",
      description = "check the options and exit: 0 when valid, 2 when not; reads no token file")
  private boolean check;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "this text")
  private boolean help;

  /** True when the command should stop once its options are known to be valid. */
  public boolean checkOnly() {
    return check;
  }

  /** The server, with the tokens read from their files. */
  public Server server() {
    Optional<String> agentToken =
        Optional.ofNullable(agentTokenFile).map(f -> read("--agent-token-file", f));
    return new Server(url, agentToken, read("--api-token-file", apiTokenFile));
  }

  private static String read(String option, Path file) {
    String token;
    try {
      token = Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(option + ": cannot read " + file + ": no such file");
    } catch (IOException e) {
      throw new IllegalArgumentException(option + ": cannot read " + file + ": " + e);
    }
    if (token.isEmpty()) {
      throw new IllegalArgumentException(option + ": " + file + " is empty");
    }
    return token;
  }

  /** Accepts http and https URLs only, so a missing scheme fails here, not at the first request. */
  public static final class BaseUrl implements ITypeConverter<String> {

    @Override
    public String convert(String text) {
      if (!text.startsWith("http://") && !text.startsWith("https://")) {
        throw new TypeConversionException("expecting http://... or https://..., found " + text);
      }
      return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
  }
}
