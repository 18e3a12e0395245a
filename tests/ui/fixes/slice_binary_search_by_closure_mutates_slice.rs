fn main() {
    let mut v = vec![1, 3, 5, 7];
    let r = v.binary_search_by(|p| {
        v.push(*p);
        p.cmp(&5)
    });
    println!("{:?}", r);
}
