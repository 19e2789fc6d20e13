// After the consumer build: the suite ran as tests of this build, each check a test case of
// Surefire's report under its own name (group / operation / check), none failed, and each factory
// ended on a conformant verdict.
def report = new File(basedir, 'target/surefire-reports/TEST-example.ConformanceTest.xml')
assert report.isFile() : "no Surefire report: ${report}"
def suite = new groovy.xml.XmlSlurper().parse(report)
int failures = suite.@failures.toInteger() + suite.@errors.toInteger()
println "consumer build: ConformanceTest ran ${suite.@tests} tests (${failures} failed, ${suite.@skipped} skipped) in ${suite.@time} s"
assert failures == 0
def names = suite.testcase.collect { it.@name.toString() }
for (factory in ['theEmbeddedMock()', 'anApiByUrlAndToken()']) {
  def tests = names.findAll { it.startsWith(factory + ' ') }
  // A full run has some 450 checks or more: fewer means the factory lost checks.
  assert tests.size() >= 400 : "${factory}: only ${tests.size()} tests"
  assert tests.any { it ==~ /.* shape \/ getSessionInfo \/ .+/ } : "${factory}: checks named group / operation / check"
  def verdict = tests.last()
  assert verdict ==~ /.* conformance( \(strict\))?: \d+ passed, 0 failed, .*: conformant/ : verdict
  println "  ${verdict}"
}
return true
