fn digits() -> std::slice::Iter<'static, u32> {
    const D: [u32; 3] = [1, 2, 3];
    let v = D;
    v.iter()
}

fn main() {
    println!("{:?}", digits().collect::<Vec<_>>());
}
