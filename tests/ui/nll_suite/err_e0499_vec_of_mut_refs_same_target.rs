// pushing two &mut of the same variable into a Vec
fn main() {
    let mut a = 1;
    let mut refs: Vec<&mut i32> = Vec::new();
    refs.push(&mut a);
    refs.push(&mut a);
    println!("{}", refs.len());
}
