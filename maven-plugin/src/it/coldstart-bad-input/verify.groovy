// One line each, naming the parameter, the value and the fix; no child started; nothing of ours
// under the failure (Maven runs with -e here, so it prints the MojoFailureException's own trace).
def log = new File(basedir, 'build.log').text
assert log.contains("on project hello-bad-input: lambdaharness.coldstart.budget = 'fast' is not a duration or a share of the baseline; write it as 800ms, 1.5s, PT2S, or +20% (above the baseline's median).")
assert log.contains('on project hello-bad-input: runs = 0 (lambdaharness.coldstart.runs): a cold-start suite needs at least one cold start per function; set it to 1 or more (10 gives a steady median).')
assert !log.contains('cold start 1 of') && !log.contains('unmeasured cold start')
assert log.findAll(/Caused by: [\w.$]+/).every { it == 'Caused by: org.apache.maven.plugin.MojoFailureException' } : 'an exception of ours under the failure'
