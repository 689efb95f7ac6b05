import { type Column, getTableName, type SQL, sql, type Table } from "drizzle-orm";

/**
 * A column written with its table's name. Inside a subquery among a one-table select's fields
 * Drizzle writes bare column names ("id"), which the subquery would read as its own table's.
 */
export function qualified(table: Table, column: Column): SQL {
  return sql`${sql.identifier(getTableName(table))}.${sql.identifier(column.name)}`;
}
