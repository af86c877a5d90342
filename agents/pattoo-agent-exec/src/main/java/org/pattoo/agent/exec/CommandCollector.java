package org.pattoo.agent.exec;

import java.time.Clock;
import java.util.List;
import org.pattoo.agent.Collector;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.TargetData;

/**
 * Runs one command per poll and posts what it printed as the data of its own target. One collector
 * per command, so the core polls commands at the same time and a hung one delays only itself.
 */
final class CommandCollector implements Collector {

  private final Command command;
  private final Clock clock;

  CommandCollector(Command command, Clock clock) {
    this.command = command;
    this.clock = clock;
  }

  Command command() {
    return command;
  }

  @Override
  public String name() {
    return command.name();
  }

  @Override
  public void collect(Sink sink) {
    long now = clock.millis();
    ProcessRun.Outcome run;
    try {
      run = ProcessRun.run(command);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    if (!run.succeeded()) {
      sink.failed(command.name(), run.problem());
      return;
    }
    List<DataPoint> points;
    try {
      points = command.format().parse(run.stdout(), command.precision(), now, command.metadata());
    } catch (BadOutputException e) {
      sink.failed(command.name(), e.getMessage() + ProcessRun.stderr(run.stderrTail()));
      return;
    }
    if (!points.isEmpty()) { // a script may have nothing to say this time
      sink.add(new TargetData(command.name(), points));
    }
  }
}
