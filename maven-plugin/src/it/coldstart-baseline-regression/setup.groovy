// A baseline of this project and harness version, as an earlier run would have recorded it, with a
// median no JVM can reach: this build's cold starts are a regression against it.
new File(basedir, 'coldstart-baseline.json').text = """{
  "format" : 1,
  "project" : "com.example:hello-baseline-regression",
  "harnessVersion" : "${lambdaHarnessVersion}",
  "recorded" : "2026-01-01T00:00:00Z",
  "runtimeClient" : "RIC",
  "runs" : 2,
  "functions" : [ {
    "name" : "Hello",
    "handler" : "com.example.hello.Hello::handleRequest",
    "memorySizeMb" : 512,
    "totalMs" : { "count" : 2, "min" : 0.9, "p50" : 1.0, "p90" : 1.1, "max" : 1.1, "spread" : 0.2 }
  } ]
}
"""
true // the build runs only when the pre-build script returns true
