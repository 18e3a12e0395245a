// two-phase does not allow a second &mut of the receiver in the arguments
fn main() {
    let mut v: Vec<i32> = vec![5];
    v.push({ let r = &mut v; r.len() as i32 });
    println!("{:?}", v);
}
