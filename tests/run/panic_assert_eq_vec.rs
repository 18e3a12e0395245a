fn main() {
    let v: Vec<String> = "a b".split(' ').map(String::from).collect();
    assert_eq!(v.len(), 2, "len check");
    assert_eq!(v, vec!["a".to_string(), "c".to_string()], "words differ for {}", "input");
}
