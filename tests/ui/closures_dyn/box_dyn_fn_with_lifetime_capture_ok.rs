// `Box<dyn Fn(i32) -> bool + 'a>` capturing a borrowed slice.
fn in_list<'a>(allowed: &'a [i32]) -> Box<dyn Fn(i32) -> bool + 'a> {
    Box::new(move |x| allowed.contains(&x))
}
fn main() {
    let allowed = vec![1, 3, 5];
    let check = in_list(&allowed);
    let hits: Vec<i32> = (0..6).filter(|x| check(*x)).collect();
    println!("{:?}", hits);
}
