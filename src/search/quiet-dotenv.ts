// natural's storage modules call dotenv's config() on import, and dotenv 17 then prints a banner
// to stdout, which corrupts `planmine sql --format json` and `planmine export` piped to a file.
// Imported before natural so the variable is set when dotenv reads it.
process.env.DOTENV_CONFIG_QUIET ??= 'true';
