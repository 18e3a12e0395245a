// borrowing: while let with a reference to the top element used before a push
fn main() {
    let mut stack = vec![1];
    while let Some(top) = stack.last() {
        if *top > 3 { break; }
        stack.push(*top + 1);
    }
}
