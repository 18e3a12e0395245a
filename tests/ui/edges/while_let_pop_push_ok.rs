// the temporary of a `while let` condition ends before the body mutates the vector
fn main() {
    let mut v = vec![3];
    let mut out = Vec::new();
    while let Some(x) = v.pop() {
        if x > 0 {
            v.push(x - 1);
        }
        out.push(x);
    }
    if let Some(&last) = out.last() {
        out.push(last + 10);
    }
    println!("{:?}", out);
}
