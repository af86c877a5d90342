package org.pattoo.schema;

/** Fired once the schema is at the latest version, so what needs tables can start. */
public record SchemaMigrated() {}
