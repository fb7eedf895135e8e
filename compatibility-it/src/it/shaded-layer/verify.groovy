// Both functions ran: the one with its shaded layer greets, the one without fails as on Lambda.
def report = new File(basedir, 'function/target/surefire-reports/TEST-com.example.orders.GreetTest.xml')
assert report.isFile() : 'GreetTest did not run'
def suite = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report).documentElement
def count = { String attribute -> suite.getAttribute(attribute) as int }
assert count('tests') == 2 && count('failures') == 0 && count('errors') == 0 && count('skipped') == 0 : "GreetTest: ${suite.attributes}"
def layer = new java.util.jar.JarFile(new File(basedir, 'layer/target/greeting-layer-1.0-SNAPSHOT.jar'))
assert layer.getEntry('com/amazonaws/services/lambda/runtime/Context.class') != null : 'the layer jar does not hold Context.class'
layer.close()
