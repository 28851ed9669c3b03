import type { Logger } from 'typeorm';

/** A TypeORM logger that counts SQL statements, so tests can assert there is no N+1. */
export class QueryCounter implements Logger {
  count = 0;
  statements: string[] = [];

  logQuery(query: string): void {
    this.count += 1;
    this.statements.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}

  reset(): void {
    this.count = 0;
    this.statements = [];
  }
}
