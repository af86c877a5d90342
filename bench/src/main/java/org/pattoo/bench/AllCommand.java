package org.pattoo.bench;

import java.util.concurrent.Callable;
import org.pattoo.bench.ingest.IngestCommand;
import org.pattoo.bench.query.QueryCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code all}: the ingestion benchmark, then the query benchmark, each with its default figures
 * (the ones docs/performance.md reports), so a full run needs no options but the server's.
 */
@Command(
    name = "all",
    sortOptions = false,
    description = {
      "Runs ingest, then query, each with its defaults.",
      "",
      "To change their figures, run them one at a time (see their --help).",
      ""
    })
final class AllCommand implements Callable<Integer> {

  @Mixin private ServerOptions server;

  @Override
  public Integer call() throws InterruptedException {
    IngestCommand ingest = new IngestCommand();
    QueryCommand query = new QueryCommand();
    if (server.checkOnly()) {
      return 0;
    }
    Server s = server.server();
    ingest.run(s);
    query.run(s);
    return 0;
  }
}
