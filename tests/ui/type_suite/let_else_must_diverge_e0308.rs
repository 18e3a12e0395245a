fn main() {
    let v = Some(3);
    let Some(x) = v else { println!("none"); };
    println!("{}", x);
}
