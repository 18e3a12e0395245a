// mutability: two mutable uses of a binding that is not mut
fn main() {
    let queue: Vec<u32> = Vec::new();
    queue.push(1);
    queue.push(2);
    println!("{:?}", queue);
}
