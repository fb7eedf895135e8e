// Skipped: nothing run, nothing written, the build passed despite a handler that does not exist.
def log = new File(basedir, 'build.log').text
assert log.contains('Skipping lambda-harness:conformance (lambdaharness.conformance.skip).')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/lambda-harness').exists()
