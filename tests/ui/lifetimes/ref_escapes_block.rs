// lifetimes: a reference to a block-local value used after the block
fn main() {
    let r;
    {
        let inner = 42;
        r = &inner;
    }
    println!("{}", r);
}
