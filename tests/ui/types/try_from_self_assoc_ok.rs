fn main() {
    let r: Result<u8, _> = TryFrom::try_from(300i32);
    let r4: Result<u8, _> = 300i32.try_into();
    let r5 = u16::from(3u8);
    let r6 = i64::try_from(3u64).unwrap();
    println!("{:?}", r.is_err());
    println!("{:?} {:?} {:?} {:?}", r4, r5, r6, r.is_ok());
}
