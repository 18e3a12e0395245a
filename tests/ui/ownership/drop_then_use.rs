// ownership: explicit drop followed by a use
fn main() {
    let buffer = vec![1, 2, 3];
    drop(buffer);
    println!("{}", buffer.len());
}
