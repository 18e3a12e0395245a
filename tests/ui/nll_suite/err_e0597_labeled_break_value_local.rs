// breaking out a reference to a local of the inner block
fn main() {
    let r = 'blk: {
        let local = 10;
        if local > 3 { break 'blk &local; }
        &0
    };
    println!("{}", r);
}
