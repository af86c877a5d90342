package org.pattoo.translation;

/** What a CSV import did: rows new, rows changed, rows already as the file has them. */
public record ImportResult(int created, int updated, int unchanged) {}
