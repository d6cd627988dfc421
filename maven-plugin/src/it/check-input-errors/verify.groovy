// a file that does not parse is never a passing build
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] ') && log.contains('broken.arch:2:10: error:')
assert log.contains('archkit: the input has errors')
assert log.contains('BUILD FAILURE')
return true
