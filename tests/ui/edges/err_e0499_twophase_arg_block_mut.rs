// a block argument taking `&mut` of the receiver during the push's reservation
fn main() {
    let mut v = vec![1];
    v.push({
        let r = &mut v;
        r.len()
    });
    println!("{:?}", v);
}
