import { InvalidArgumentError, Option, type Command } from 'commander';
import { parseRelevant, type ArticleFilter } from './workbench/filters.js';

export interface FilterFlags { province?: string; type?: string; year?: number; relevant?: boolean; includeIrrelevant?: boolean; withCopies?: boolean }

const year = (value: string): number => {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('expected a four-digit year, e.g. 2021');
  return Number(value);
};

const relevant = (value: string): boolean => {
  const parsed = parseRelevant(value);
  if (parsed === undefined) throw new InvalidArgumentError('expected yes or no');
  return parsed;
};

/** The article facets every listing command narrows by; `pooled` commands also offer --include-irrelevant. */
export function addFilterOptions(command: Command, pooled: boolean): Command {
  command
    .option('--province <name>', 'only articles from this province, e.g. 陕西')
    .option('--type <doc type>', 'only this document type: plan, summary, research or other')
    .option('--year <yyyy>', 'only articles whose period starts (or, undated, which are dated) in this year', year)
    .option('--relevant <yes|no>', 'only articles judged about school quality (yes) or not (no)', relevant);
  if (pooled) command.option('--include-irrelevant', 'also pool articles judged not about school quality (left out by default)');
  return command;
}

/** Commands that count each text once (search, compare, similar, report) can be asked for its copies too. */
export const copyOption = (): Option => new Option('--with-copies', 'count copies of an article (reposts, other formats) as articles of their own');

export function filterFrom(flags: FilterFlags): ArticleFilter {
  return {
    province: flags.province, type: flags.type, year: flags.year, relevant: flags.relevant,
    includeIrrelevant: flags.includeIrrelevant, withCopies: flags.withCopies,
  };
}
