// let-else moves the scrutinee; using it after is a use after move
fn main() {
    let v = Some(vec![1, 2]);
    let Some(inner) = v else { panic!() };
    println!("{:?} {:?}", inner, v);
}
