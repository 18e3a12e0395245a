// let-else with a reference scrutinee does not move
fn main() {
    let v = Some(vec![1, 2]);
    let Some(inner) = &v else { panic!() };
    println!("{:?} {:?}", inner, v);
}
