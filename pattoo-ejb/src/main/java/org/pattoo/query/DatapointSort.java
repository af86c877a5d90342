package org.pattoo.query;

import java.util.List;

/** Orders of the datapoint list; each ends on the unique id so cursors are exact. */
public enum DatapointSort {
  KEY(new Keyset(List.of("d.key", "d.idx_datapoint"), List.of("text", "bigint"))),
  ID(new Keyset(List.of("d.idx_datapoint"), List.of("bigint")));

  final Keyset keyset;

  DatapointSort(Keyset keyset) {
    this.keyset = keyset;
  }

  public int cursorValues() {
    return keyset.columns().size();
  }
}
