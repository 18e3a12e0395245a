// borrowing: a reborrow of a mutable parameter alive while the parameter is used again
fn bump(v: &mut Vec<i32>) {
    let first = &mut v[0];
    v.push(1);
    *first += 1;
}

fn main() {
    let mut v = vec![1];
    bump(&mut v);
    println!("{:?}", v);
}
