package org.pattoo.agent.modbus;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.ModbusSlaveException;
import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import com.ghgande.j2mod.modbus.procimg.InputRegister;
import com.ghgande.j2mod.modbus.util.BitVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.DataType;
import org.pattoo.agent.Metadata;

/**
 * Polls one target over one connection: connects, runs its read plan, turns the answers into data
 * points. An exception response spoils only its read; a connection fault ends the poll.
 */
final class TargetPoller {

  private final Target target;
  private final List<ReadRequest> plan;

  TargetPoller(Target target) {
    this.target = target;
    this.plan = ReadPlan.of(target.points());
  }

  Target target() {
    return target;
  }

  /** Reads in the plan, which bound how long a poll may take. */
  int reads() {
    return plan.size();
  }

  PollResult poll(long now) {
    List<DataPoint> points = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    ModbusTCPMaster master = null;
    try {
      // Built per poll, so a changed DNS entry is followed; the host is resolved here.
      master = new ModbusTCPMaster(target.host(), target.port(), (int) target.timeoutMs(), false);
      master.connect();
      // One attempt per read: a retry would only stretch the time a dead device costs. (j2mod
      // counts attempts, takes 0 for its default of 5, and forgets this before connect().)
      master.setRetries(1);
      for (ReadRequest r : plan) {
        try {
          read(master, r, now, points);
        } catch (ModbusSlaveException e) {
          errors.add(r.describe() + ": " + ExceptionCode.describe(e.getType()));
        } catch (ModbusException | RuntimeException e) {
          errors.add(r.describe() + ": " + Problems.of(e, target.timeoutMs()));
          break;
        }
      }
    } catch (Exception e) {
      errors.add(Problems.of(e, target.timeoutMs()));
    } finally {
      if (master != null) {
        master.disconnect();
      }
    }
    return new PollResult(points, error(errors));
  }

  private Optional<String> error(List<String> errors) {
    if (errors.isEmpty()) {
      return Optional.empty();
    }
    String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
    return Optional.of(target.describe() + ": " + errors.get(0) + more);
  }

  private void read(ModbusTCPMaster master, ReadRequest r, long now, List<DataPoint> out)
      throws ModbusException {
    int unit = target.unit();
    switch (r.kind()) {
      case COIL -> bits(master.readCoils(unit, r.start(), r.count()), r, now, out);
      case DISCRETE_INPUT ->
          bits(master.readInputDiscretes(unit, r.start(), r.count()), r, now, out);
      case INPUT_REGISTER ->
          words(master.readInputRegisters(unit, r.start(), r.count()), r, now, out);
      case HOLDING_REGISTER ->
          words(master.readMultipleRegisters(unit, r.start(), r.count()), r, now, out);
    }
  }

  private void bits(BitVector bits, ReadRequest r, long now, List<DataPoint> out)
      throws ModbusException {
    if (bits == null || bits.size() < r.count()) {
      throw new ModbusException("answered " + (bits == null ? 0 : bits.size()) + " bits");
    }
    for (Point p : r.points()) {
      out.add(point(p, Decoder.bit(bits.getBit(p.wireAddress() - r.start())), now));
    }
  }

  private void words(InputRegister[] registers, ReadRequest r, long now, List<DataPoint> out)
      throws ModbusException {
    if (registers == null || registers.length < r.count()) {
      throw new ModbusException(
          "answered " + (registers == null ? 0 : registers.length) + " registers");
    }
    int[] words = new int[registers.length];
    for (int i = 0; i < words.length; i++) {
      words[i] = registers[i].toUnsignedShort();
    }
    for (Point p : r.points()) {
      Number value = Decoder.value(p, words, r.start());
      if (Double.isFinite(value.doubleValue())) {
        out.add(point(p, value, now));
      }
    }
  }

  private DataPoint point(Point p, Number value, long now) {
    return DataPoint.number(
        p.key(),
        p.integral() ? DataType.INT : DataType.FLOAT,
        value,
        now,
        Metadata.of("unit", String.format("%03d", target.unit())),
        Metadata.of("kind", p.kind().label()),
        Metadata.of("address", Long.toString(p.reference())));
  }
}
