fn main() {
    let mut total = 10;
    let view = &mut total;
    let a = 1;
    let b = 2;
    let c = a + b;
    total += c;
    *view += 1;
}
