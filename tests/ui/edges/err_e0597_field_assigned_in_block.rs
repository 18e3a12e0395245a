// storing a reference to a block-local value in a struct that outlives the block
struct Holder<'a> { r: &'a i32 }
fn main() {
    let zero = 0;
    let mut h = Holder { r: &zero };
    {
        let local = 5;
        h.r = &local;
    }
    println!("{}", h.r);
}
