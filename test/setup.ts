// ink-testing-library returns an empty frame after unmount when CI is set; CI sets it.
delete process.env.CI;
