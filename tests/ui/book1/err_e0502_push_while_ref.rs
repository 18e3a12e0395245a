// borrowing: holding a reference to an element while pushing to the Vec
fn main() {
    let mut queue = vec![String::from("job-1"), String::from("job-2")];
    let head = &queue[0];
    queue.push(String::from("job-3"));
    println!("head is {head}");
}
