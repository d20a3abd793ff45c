// What the project built from the README's Maven snippet did: the processor wrote Disk (else the
// build failed on Main's first use of it, "cannot find symbol"), and Main printed what the contract
// says a generated class does.

File generated = new File(basedir, 'target/generated-sources/annotations/com/example/disks/Disk.java')
assert generated.isFile() : "the processor wrote no ${generated}"

List<String> out = new File(basedir, 'build.log').getText('UTF-8').readLines()
[
    "toStr: {'name': 'boot', 'sizeGib': 40}",
    'toDict: {name=boot, sizeGib=40}',
    'build: Invalid value for `name`, length must be greater than or equal to `1`; '
            + 'Invalid value for `sizeGib`, must be a value less than or equal to `2048`',
    'toJson: {"name":"boot","sizeGib":40}',
    'fromJson equals: true',
].each { expected ->
    assert out.contains(expected) : "Main did not print: ${expected}"
}
return true
