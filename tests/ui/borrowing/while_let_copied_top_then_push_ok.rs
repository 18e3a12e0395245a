// borrowing: while let copying the top element, then pushing
fn main() {
    let mut stack = vec![1];
    while let Some(&top) = stack.last() {
        if top > 3 { break; }
        stack.push(top + 1);
    }
    println!("{:?}", stack);
}
