// ownership: while let moves each popped value into the loop body
fn main() {
    let mut stack = vec![String::from("a"), String::from("b"), String::from("c")];
    let mut out = String::new();
    while let Some(top) = stack.pop() {
        out.push_str(&top);
    }
    println!("{} {}", out, stack.len());
}
