fn main() {
    let v = vec![1, 2, 3];
    let s: Vec<u32> = v.iter().collect();
    println!("{:?}", s);
}
