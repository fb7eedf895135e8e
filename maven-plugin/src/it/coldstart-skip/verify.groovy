// Skipped: no child started, nothing written, the build passed despite a budget no function meets.
def log = new File(basedir, 'build.log').text
assert log.contains('Skipping lambda-harness:coldstart (lambdaharness.coldstart.skip).')
assert !log.contains('cold start 1 of')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/lambda-harness/coldstart').exists()
