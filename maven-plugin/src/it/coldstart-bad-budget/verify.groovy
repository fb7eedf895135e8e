// One line naming the parameter, the value and the fix; no child started, no stack trace.
def log = new File(basedir, 'build.log').text
assert log.contains("on project hello-bad-budget: lambdaharness.coldstart.budget = 'fast' is not a duration or a share of the baseline; write it as 800ms, 1.5s, PT2S, or +20% (above the baseline's median).")
assert !log.contains('cold start 1 of') && !log.contains('unmeasured cold start')
// Maven runs with -e here, so it prints the MojoFailureException's own trace; nothing of ours caused it.
assert log.findAll(/Caused by: [\w.$]+/).every { it == 'Caused by: org.apache.maven.plugin.MojoFailureException' } : 'an exception of ours under the failure'
