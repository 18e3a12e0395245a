// a Vec<&T> keeps the borrow alive while used
fn main() {
    let mut x = 5;
    let v = vec![&x];
    x += 1;
    println!("{:?}", v);
}
