// Fails early with a readable message when a script needs an environment variable that is not set.
const missing = process.argv.slice(2).filter((name) => !process.env[name]);
if (missing.length > 0) {
  console.error(
    `Set ${missing.join(', ')} first, e.g. TEST_DATABASE_URL=postgres://user:pass@localhost:5432/db`,
  );
  process.exit(1);
}
