// `ref` and `ref mut` in let patterns borrow instead of moving
fn main() {
    let pair = (String::from("l"), String::from("r"));
    let (ref l, ref r) = pair;
    println!("{} {} {:?}", l, r, pair);
    let mut t = (1, vec![0]);
    let (_, ref mut v) = t;
    v.push(9);
    println!("{:?}", t);
}
