// lifetimes: returning a reference to a local variable
fn make() -> &'static Vec<u8> {
    let v = vec![1, 2];
    &v
}

fn main() {
    println!("{:?}", make());
}
