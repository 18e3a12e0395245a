// Two mutable borrows at once (E0499): both `first` and `second` could change the same
// Vec, so one of them could see its buffer move when the other pushes.
fn main() {
    let mut queue = vec![String::from("login")];
    let first = &mut queue;
    let second = &mut queue;
    first.push(String::from("logout"));
    second.push(String::from("refresh"));
    println!("{:?}", queue);
}
