fn main() {
    let v: Vec<i32> = Vec::new();
    let m = v.iter().max();
    println!("{:?}", m);
    let n: Option<&i32> = v.first();
    println!("{}", n.unwrap());
}
