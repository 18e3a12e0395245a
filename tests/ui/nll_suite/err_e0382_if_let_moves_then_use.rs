// if let with a by-value binding moves the payload
fn main() {
    let o = Some(vec![1]);
    if let Some(v) = o {
        println!("{:?}", v);
    }
    println!("{}", o.is_some());
}
